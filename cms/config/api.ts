export default {
  rest: {
    defaultLimit: 25,
    // The site build pages through every entry; 100 keeps responses small on a weak server.
    maxLimit: 100,
    withCount: true,
  },
};
