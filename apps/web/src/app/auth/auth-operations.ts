/** The GraphQL operations of signing in, exactly as the API contract has them. */
import type { Place, UserRole } from '@weefsel/domain';
import { type NoVariables, operation } from '../graphql/graphql-client';

/** The signed-in user as the web knows them. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
}

export interface LoginData {
  login: { accessToken: string; user: SessionUser };
}

// a type alias, not an interface: only aliases are assignable to GraphqlVariables' index signature
export type LoginVariables = { email: string; password: string };

export const LOGIN = operation<LoginData, LoginVariables>(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      user { id email displayName role }
    }
  }
`);

export interface MeData {
  me: SessionUser & { places: Pick<Place, 'id' | 'name' | 'level'>[] };
}

export const ME = operation<MeData, NoVariables>(`
  query Me {
    me { id email displayName role places { id name level } }
  }
`);
