// workerd entry, bundled by esbuild: runs the scenario when the Worker receives a request.
import * as core from "@factify/core";
import * as documents from "@factify/documents";
import { runScenario } from "./scenario.mjs";

export default {
  async fetch(_request, env) {
    try {
      const result = await runScenario({ ...core, ...documents }, { baseURL: env.BASE_URL, token: env.TOKEN, runtime: "workerd" });
      return Response.json(result);
    } catch (error) {
      return new Response(String(error?.stack ?? error), { status: 500 });
    }
  },
};
