/**
 * Tells the MapWarmer about every mutation that succeeded (a top-level field of Mutation, not the fields
 * resolved inside its answer), with the user who made it.
 */
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Observable, tap } from 'rxjs';
import { requestOf } from '../auth/current-viewer.decorator';
import { MapWarmer } from './map-warmer';

@Injectable()
export class MapWarmupInterceptor implements NestInterceptor {
  constructor(private readonly warmer: MapWarmer) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    const viewer = requestOf(context).viewer;
    if (!viewer) return next.handle();
    return next.handle().pipe(tap({ complete: () => this.warmer.changed(viewer) }));
  }
}
