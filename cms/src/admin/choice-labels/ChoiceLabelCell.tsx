import { Typography } from "@strapi/design-system";
import { useIntl } from "react-intl";

/** A list-view cell that shows a choice's words in the admin's language instead of its code. */
export function ChoiceLabelCell({ code }: { code: unknown }) {
  const { formatMessage } = useIntl();
  if (typeof code !== "string" || code === "") return <Typography textColor="neutral800">-</Typography>;
  return <Typography textColor="neutral800">{formatMessage({ id: code, defaultMessage: code })}</Typography>;
}
