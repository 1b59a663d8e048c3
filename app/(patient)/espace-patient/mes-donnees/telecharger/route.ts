import { route } from "@/lib/http/route";
import { exportMyData } from "@/lib/patients/account/export-my-data";

// "Download my data": a JSON file, never cached by the browser or a proxy.
export const GET = route({ auth: "user" }, async ({ user }) => {
  const data = await exportMyData(user);
  const day = data.exportedAt.toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="praxis-mes-donnees-${day}.json"`,
    },
  });
});
