// The booking form's "for whom" choice that adds a relative on the way. Client-safe.
export const NEW_RELATIVE = "nouveau";
