import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'weefsel:isPublic';

/** Marks the few operations that need no signed-in user (sign-in itself, the health check). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
