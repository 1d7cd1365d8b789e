/**
 * PGlite loads Node built-ins with `import()`, which Jest's module sandbox only allows under
 * --experimental-vm-modules. Specs that open a real embedded database call `jest.mock('@electric-sql/pglite',
 * realPGlite)` so PGlite is loaded with Node's own require, outside the sandbox.
 */
export function realPGlite(): unknown {
  // Buffer is Node's own, not the sandbox's: its Function constructor reaches Node's real `process`
  const nodeProcess = (Buffer.constructor as FunctionConstructor)('return process')() as NodeJS.Process & {
    getBuiltinModule(id: 'node:module'): typeof import('node:module');
  };
  return nodeProcess.getBuiltinModule('node:module').createRequire(__filename)('@electric-sql/pglite');
}
