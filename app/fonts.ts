import localFont from "next/font/local";

// Served from our own origin: the woff2 ships in the `geist` npm package, never a font CDN.
export const geistSans = localFont({
  src: "../node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2",
  variable: "--font-geist-sans",
  weight: "100 900",
  display: "swap",
});
