/**
 * Global guard: every resolver requires a signed-in user unless marked @Public(), so a new field is
 * protected by default. The token's user is re-read on every request, so a disabled account or a changed
 * role takes effect at once, not when the token expires.
 */
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { unauthenticated } from '../common/app-error';
import { UserEntity } from '../users/user.entity';
import { AccessService } from './access.service';
import { requestOf } from './current-viewer.decorator';
import { IS_PUBLIC } from './public.decorator';
import { JwtClaims } from './viewer';

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly access: AccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = requestOf(context);
    if (request.viewer) return true;
    const header = request.headers['authorization'];
    const value = Array.isArray(header) ? header[0] : header;
    const token = value?.startsWith('Bearer ') ? value.slice(7).trim() : null;
    if (!token) throw unauthenticated('Please sign in: this request carries no access token.');
    let claims: JwtClaims;
    try {
      claims = await this.jwt.verifyAsync<JwtClaims>(token);
    } catch {
      throw unauthenticated('Your session has expired or is not valid: please sign in again.');
    }
    const user = await this.users.findOne({ where: { id: claims.sub, tenantId: claims.tid } });
    if (!user || user.disabled) throw unauthenticated('This account no longer exists or is disabled.');
    request.viewer = {
      userId: user.id,
      tenantId: user.tenantId,
      role: user.role,
      email: user.email,
      displayName: user.displayName,
    };
    // Loaded now, outside any transaction: PGlite has one connection, so a first load inside a service's
    // transaction would wait for that transaction to end.
    await this.access.placeScope(request.viewer);
    return true;
  }
}
