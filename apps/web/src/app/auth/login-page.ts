/**
 * Sign-in page: e-mail and password, checked as the user types with the same limits the API applies,
 * the server's reason in words when it refuses, and a busy state while it thinks.
 */
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, type AbstractControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { ErrorCode, LIMITS } from '@weefsel/domain';
import { toGraphqlError } from '../graphql/graphql-error';
import { TranslatePipe } from '../i18n/translate-pipe';
import { Translator } from '../i18n/translator';
import { Session } from './session';

/** Codes whose server message is written for the person at the keyboard; others get our own words. */
const SPEAKING_CODES: ReadonlySet<string> = new Set([ErrorCode.UNAUTHENTICATED, ErrorCode.BAD_USER_INPUT]);

@Component({
  selector: 'wf-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe],
  templateUrl: './login-page.html',
  styleUrl: './login-page.css',
})
export class LoginPage {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly translator = inject(Translator);

  protected readonly limits = LIMITS;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(LIMITS.emailMax)]],
    password: [
      '',
      [Validators.required, Validators.minLength(LIMITS.passwordMin), Validators.maxLength(LIMITS.passwordMax)],
    ],
  });

  protected readonly busy = signal(false);
  protected readonly serverError = signal<string | null>(null);
  protected readonly expired = this.session.expired;

  // The form's own events (value, status, touched) as a signal: reading it makes the messages below recompute
  // on every keystroke and blur, which plain control properties would not.
  private readonly formEvent = toSignal(this.form.events);
  protected readonly emailError = computed(() => {
    this.formEvent();
    return this.messageFor(this.form.controls.email);
  });
  protected readonly passwordError = computed(() => {
    this.formEvent();
    return this.messageFor(this.form.controls.password);
  });

  async submit(): Promise<void> {
    if (this.busy()) return;
    this.serverError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, password } = this.form.getRawValue();
    this.busy.set(true);
    try {
      await this.session.signIn(email.trim(), password);
      await this.router.navigateByUrl(this.returnUrl());
    } catch (error) {
      const failure = toGraphqlError(error);
      this.serverError.set(
        SPEAKING_CODES.has(failure.code) ? failure.message : this.translator.t(`error.${failure.code}`),
      );
    } finally {
      this.busy.set(false);
    }
  }

  /** Only a path inside this app: never `//evil.example` or an absolute URL from a crafted link. */
  private returnUrl(): string {
    const wanted = this.route.snapshot.queryParamMap.get('returnUrl');
    return wanted && wanted.startsWith('/') && !wanted.startsWith('//') ? wanted : '/';
  }

  /** A message once the user has typed in or left the field: not before, nobody likes red on an empty form. */
  private messageFor(control: AbstractControl<string>): string | null {
    if (!control.errors || !(control.dirty || control.touched)) return null;
    const errors = control.errors;
    if (errors['required']) return this.translator.t('validation.required');
    if (errors['email']) return this.translator.t('validation.email');
    if (errors['minlength']) return this.translator.t('validation.minLength', { min: LIMITS.passwordMin });
    if (errors['maxlength']) {
      const max = (errors['maxlength'] as { requiredLength: number }).requiredLength;
      return this.translator.t('validation.maxLength', { max });
    }
    return null;
  }
}
