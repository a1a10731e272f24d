/**
 * Staff download of a tour's QR sign sheet: `GET /api/tours/:slug/signs.pdf[?paper=a6][&status=draft]`
 * with an admin panel token (`Authorization: Bearer <admin JWT>`) of a user who may read tours, or
 * a full-access API token. `status=draft` prints the tour as it is being edited, before publishing.
 * Not part of the public API: the route skips content-API auth; the policy `policies/is-staff.ts`
 * checks the bearer token instead.
 */
export default {
  routes: [
    {
      method: "GET",
      path: "/tours/:slug/signs.pdf",
      handler: "signs.download",
      config: { auth: false, policies: ["is-staff"] },
    },
  ],
};
