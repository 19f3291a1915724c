// REST inputs go through class-validator DTOs: a malformed argument is a 400 that names the field, never a 500 and
// never a silent coercion (no implicit conversion: "2024" is not a year, it is a string where a year belongs).
import { BadRequestException } from '@nestjs/common';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

/** One line per failed constraint, each naming the field by its path (`args.years[0]`, `args.filter.regionId`). */
export function describeErrors(errors: ValidationError[], prefix: string): string[] {
  const out: string[] = [];
  for (const e of errors) {
    const path = /^\d+$/.test(e.property)
      ? `${prefix}[${e.property}]`
      : prefix
        ? `${prefix}.${e.property}`
        : e.property;
    for (const msg of Object.values(e.constraints ?? {})) out.push(msg.replace(e.property, path));
    if (e.children?.length) out.push(...describeErrors(e.children, path));
  }
  return out;
}

/** A validated instance of `cls` from a plain object, or a BadRequestException listing every problem. */
export function validateInput<T extends object>(cls: ClassConstructor<T>, plain: unknown, prefix = ''): T {
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    throw new BadRequestException(`${prefix || 'input'} must be a JSON object`);
  }
  const obj = plainToInstance(cls, plain, { enableImplicitConversion: false });
  const errors = validateSync(obj, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length) throw new BadRequestException(describeErrors(errors, prefix).join('; '));
  // Declared but absent fields may exist as own `undefined` properties; drop them so `{ ...defaults, ...input }` keeps defaults.
  for (const k of Object.keys(obj) as (keyof T)[]) if (obj[k] === undefined) delete obj[k];
  return obj;
}
