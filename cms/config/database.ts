import { env } from "../src/env/env";

export default () => {
  const { database } = env();
  if (database.client === "sqlite") {
    return {
      connection: {
        client: "sqlite",
        connection: { filename: database.filename },
        useNullAsDefault: true,
      },
    };
  }
  return {
    connection: {
      client: "postgres",
      connection: {
        // A DATABASE_URL carries host, port, name and login; the parts are used without it.
        ...(database.connectionString
          ? { connectionString: database.connectionString }
          : {
              host: database.host,
              port: database.port,
              database: database.database,
              user: database.user,
              password: database.password,
            }),
        ssl: database.ssl ? { rejectUnauthorized: true } : false,
        schema: database.schema,
      },
      pool: { min: 0, max: 10 },
    },
  };
};
