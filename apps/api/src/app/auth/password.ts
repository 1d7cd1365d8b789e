import { hash, verify } from 'argon2';

/** argon2id with the library's defaults (OWASP's recommended family for password storage). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** The demo accounts' shared password: refused in production, whatever the database holds. */
export const DEMO_PASSWORD = 'weefsel-demo';
