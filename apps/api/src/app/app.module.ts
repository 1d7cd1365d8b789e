import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Module, ValidationPipe } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { JwtModule } from '@nestjs/jwt';
import { ServeStaticModule } from '@nestjs/serve-static';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { AuditService } from './audit/audit.service';
import { AccessService } from './auth/access.service';
import { AuthGuard } from './auth/auth.guard';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { ENTITIES } from './database/entities';
import { graphqlOptions } from './graphql/graphql.config';
import { HealthController } from './health.controller';
import { PeopleResolver } from './people/people.resolver';
import { PeopleService } from './people/people.service';
import { PlacesResolver } from './places/places.resolver';
import { PlacesService } from './places/places.service';
import { TiesResolver } from './ties/ties.resolver';
import { TiesService } from './ties/ties.service';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

/** Shared services every feature uses: access rules and the audit log. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(ENTITIES)],
  providers: [AccessService, AuditService],
  exports: [AccessService, AuditService, TypeOrmModule],
})
export class CoreModule {}

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    const serveWeb = existsSync(config.webDistDir)
      ? [
          ServeStaticModule.forRoot({
            rootPath: config.webDistDir,
            exclude: ['/graphql{*path}', '/health{*path}'],
          }),
        ]
      : [];
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(config), migrationsRun: true }),
        CoreModule,
        JwtModule.register({ secret: config.jwtSecret, signOptions: { expiresIn: config.jwtExpiresInSeconds } }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [getDataSourceToken()],
          useFactory: (db: DataSource) => graphqlOptions(config, db),
        }),
        ...serveWeb,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AuthGuard },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({ transform: true, whitelist: true, forbidUnknownValues: false }),
        },
        AuthService,
        AuthResolver,
        UsersService,
        UsersResolver,
        PlacesService,
        PlacesResolver,
        PeopleService,
        PeopleResolver,
        TiesService,
        TiesResolver,
      ],
      exports: [APP_CONFIG],
    };
  }
}
