import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { unauthenticated } from '../common/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UserEntity } from '../users/user.entity';
import { DEMO_PASSWORD, hashPassword, verifyPassword } from './password';
import { JwtClaims } from './viewer';

const WRONG_CREDENTIALS = 'E-mail address or password is incorrect.';

@Injectable()
export class AuthService {
  /** verified against when the e-mail is unknown, so both cases take the same time */
  private readonly dummyHash = hashPassword('not-a-real-password');

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string): Promise<{ accessToken: string; user: UserEntity }> {
    const user = await this.users.findOne({ where: { email: email.trim().toLowerCase() } });
    const ok = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), password);
    if (!user || !ok || user.disabled) throw unauthenticated(WRONG_CREDENTIALS);
    if (this.config.production && password === DEMO_PASSWORD) {
      throw unauthenticated('The demo password is not accepted in production: ask an administrator for a new one.');
    }
    const claims: JwtClaims = { sub: user.id, tid: user.tenantId, role: user.role };
    const accessToken = await this.jwt.signAsync(claims);
    return { accessToken, user };
  }
}
