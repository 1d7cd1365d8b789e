import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { JwtModule } from '@nestjs/jwt';
import { ServeStaticModule } from '@nestjs/serve-static';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { AuthGuard } from './auth/auth.guard';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { graphqlOptions } from './graphql/graphql.config';
import { HealthController } from './health.controller';
import { AnalyticsModule } from './analytics/analytics.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CollectivesModule } from './collectives/collectives.module';
import { ContactMomentsModule } from './contact-moments/contact-moments.module';
import { CoreModule } from './core.module';
import { HelpModule } from './help/help.module';
import { ImportExportModule } from './import-export/import-export.module';
import { InitiativesModule } from './initiatives/initiatives.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PeopleModule } from './people/people.module';
import { PlacesModule } from './places/places.module';
import { SuggestionDecisionsModule } from './suggestion-decisions/suggestion-decisions.module';
import { TiesModule } from './ties/ties.module';
import { UsersModule } from './users/users.module';

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
        JwtModule.register({
          global: true,
          secret: config.jwtSecret,
          signOptions: { expiresIn: config.jwtExpiresInSeconds },
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [getDataSourceToken()],
          useFactory: (db: DataSource) => graphqlOptions(config, db),
        }),
        AuthModule,
        OrganisationsModule,
        AuditModule,
        UsersModule,
        PlacesModule,
        PeopleModule,
        TiesModule,
        CollectivesModule,
        InitiativesModule,
        ContactMomentsModule,
        HelpModule,
        ImportExportModule,
        AnalyticsModule,
        SuggestionDecisionsModule,
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
      ],
      exports: [APP_CONFIG],
    };
  }
}
