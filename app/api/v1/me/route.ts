import { route } from "@/lib/http/route";
import { getMyAccount } from "@/lib/patients/get-my-account";

// GET /api/v1/me: the account, the holder and the relatives it books for.
export const GET = route({ auth: "user" }, ({ user }) => getMyAccount(user));
