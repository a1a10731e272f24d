import type { Page } from "playwright-core";
import type { TestStrapi } from "./strapi.ts";

/** Signs the test instance's super admin in on the built admin's login page, as staff would. */
export async function signInToAdmin(page: Page, cms: TestStrapi): Promise<void> {
  await page.goto(`${cms.url}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(cms.admin.email);
  await page.locator('input[name="password"]').fill(cms.admin.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/admin(\/)?$/, { timeout: 30_000 });
}
