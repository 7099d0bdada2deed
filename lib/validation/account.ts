import { z } from "zod";

// Shared by the forms (for instant feedback) and the server (which decides).

export const emailSchema = z
  .string({ error: "Enter your e-mail address." })
  .trim()
  .toLowerCase()
  .max(254, "That e-mail address is too long.")
  .pipe(z.email({ error: "Enter a valid e-mail address, like name@example.com." }));

export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(10, "Use at least 10 characters.")
  // argon2 hashes whatever it is given; a cap keeps a huge password from costing us a second.
  .max(128, "Use at most 128 characters.");

export const signUpSchema = z
  .object({
    name: z.string({ error: "Tell us your name." }).trim().min(1, "Tell us your name.").max(80, "Use at most 80 characters."),
    email: emailSchema,
    password: newPasswordSchema,
  })
  .refine((input) => input.password.toLowerCase() !== input.email, { path: ["password"], message: "Your password must not be your e-mail address." });
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(128, "Use at most 128 characters."),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(128),
    newPassword: newPasswordSchema,
  })
  .refine((input) => input.currentPassword !== input.newPassword, { path: ["newPassword"], message: "Choose a password different from the current one." });

export const resetRequestSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This reset link is not valid."),
  password: newPasswordSchema,
});

export const deleteAccountSchema = z.object({
  confirmEmail: emailSchema,
  password: z.string().max(128).optional(),
});
