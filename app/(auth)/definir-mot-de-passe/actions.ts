"use server";

import { setPasswordAction } from "../set-password-state";

export const acceptInvitationAction = setPasswordAction("invite");
