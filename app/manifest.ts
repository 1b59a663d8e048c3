import type { MetadataRoute } from "next";

// Installable as an app: every icon is ours, served from this origin.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Praxis — rendez-vous médicaux",
    short_name: "Praxis",
    description: "Trouver un praticien et prendre rendez-vous, sans pistage.",
    lang: "fr",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#1660b0",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      {
        src: "/icons/icon-maskable-512.png",
        sizes: "512x512",
        type: "image/png",
        purpose: "maskable",
      },
    ],
  };
}
