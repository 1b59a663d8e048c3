"use server";

import { setPasswordAction } from "../set-password-state";

export const resetPasswordAction = setPasswordAction("reset-password");
