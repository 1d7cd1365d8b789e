import { webglSupport } from './map-graph';

/** A document whose canvases answer getContext('webgl2') with `context` (or throw). */
function documentWith(context: unknown): Document {
  const canvas = {
    getContext: (type: string) => {
      if (context instanceof Error) throw context;
      return type === 'webgl2' ? context : null;
    },
  };
  return { createElement: () => canvas } as unknown as Document;
}

function gl(renderer: string, withDebugInfo = true) {
  const lost: string[] = [];
  return {
    lost,
    RENDERER: 0x1f01,
    getExtension: (name: string) => {
      if (name === 'WEBGL_debug_renderer_info') return withDebugInfo ? { UNMASKED_RENDERER_WEBGL: 0x9246 } : null;
      if (name === 'WEBGL_lose_context') return { loseContext: () => lost.push('lost') };
      return null;
    },
    getParameter: (parameter: number) => (parameter === 0x9246 ? renderer : 'WebKit WebGL'),
  };
}

describe('webglSupport', () => {
  it('is hardware on a GPU, and frees the test context again', () => {
    const context = gl('ANGLE (Intel, Mesa Intel(R) UHD Graphics 620, OpenGL 4.6)');
    expect(webglSupport(documentWith(context))).toBe('hardware');
    expect(context.lost).toEqual(['lost']);
  });

  it.each([
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    'llvmpipe (LLVM 15.0.6, 256 bits)',
    'Software Rasterizer',
  ])('is software on %s (headless Chromium without a GPU)', (renderer) => {
    expect(webglSupport(documentWith(gl(renderer)))).toBe('software');
  });

  it('reads the plain renderer name when the debug extension is not offered', () => {
    expect(webglSupport(documentWith(gl('ignored', false)))).toBe('hardware');
  });

  it('is none without a WebGL 2 context, or when asking for one fails', () => {
    expect(webglSupport(documentWith(null))).toBe('none');
    expect(webglSupport(documentWith(new Error('blocked')))).toBe('none');
  });
});
