/**
 * Who runs the service, as the headers and footers name it. Fixed defaults for now; the
 * municipality's own settings replace them (issue 14).
 */
export const ORGANISATION = {
  name: 'Lyngby-Taarbæk Kommune',
  unit: 'Jobcenter',
} as const;
