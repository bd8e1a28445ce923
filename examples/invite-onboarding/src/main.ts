// Onboarding a colleague: an admin invites them by email, they accept with their own user token, the
// admin promotes them, and the invite list shows what happened. Organizations as objects
// (`new Organizations(client)`), the current user as a standalone function.
import { createFactify, isFactifyError } from "@factify/core";
import { Organizations } from "@factify/organizations";
import { getMe } from "@factify/users";
import { serve } from "@factify/mock-server/node";

async function main(): Promise<number> {
  const server = await serve({ port: 0, host: "127.0.0.1" });
  const { mock } = server;
  const client = (token: string) => createFactify({ serverURL: server.url, bearerAuth: token });
  try {
    const orgId = mock.demo.orgs.acme!;
    const admin = new Organizations(client(mock.tokens.admin));
    const { organization } = await admin.get({ organization_id: orgId });
    console.log(`Adam Admin manages "${organization.name}" (${organization.id})`);

    const { invite } = await admin.invites.create({ organization_id: orgId, email: "ivy@example.com", message: "Welcome to the legal team!" });
    console.log(`invited ${invite.email}: ${invite.id}, ${invite.status}, expires ${invite.expires_at}`);

    // Outside the emulator Ivy signs up and the token reaches her by email; here the emulator's test
    // hooks stand in for both.
    const ivy = mock.admin.createUser({ name: "Ivy Ives", email: "ivy@example.com" });
    const token = mock.inspect.inviteToken(invite.id)!;
    const asIvy = client(ivy.token);
    console.log(`Ivy signs in: member of ${(await getMe(asIvy)).organizations?.length ?? 0} organizations`);
    const joined = await new Organizations(asIvy).invites.accept({ organization_id: orgId, token });
    console.log(`Ivy accepted the invite and joined "${joined.organization.name}"`);

    const { member } = await admin.members.update({ organization_id: orgId, user_id: ivy.user_id, role: "admin" });
    console.log(`Adam made ${member.user.name} ${member.role}`);

    console.log("members now:");
    for await (const m of admin.members.list({ organization_id: orgId, page_size: 2 }).items()) {
      console.log(`  ${m.user.name.padEnd(16)} ${m.role.padEnd(7)} joined ${m.joined_at}`);
    }
    console.log("invites:");
    for await (const i of admin.invites.list({ organization_id: orgId, status: ["pending", "accepted"] }).items()) {
      console.log(`  ${i.email.padEnd(24)} ${i.status}${i.accepted_by ? ` by ${i.accepted_by.name}` : ""}`);
    }
    return 0;
  } catch (error) {
    console.error(isFactifyError(error) ? `failed: ${error.name} ${error.code} ${error.message} (request ${error.requestId})` : error);
    return 1;
  } finally {
    await server.close();
  }
}

process.exitCode = await main();
