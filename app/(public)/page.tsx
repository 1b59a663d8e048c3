import { Hero } from "@/components/home/hero";
import { HowItWorks } from "@/components/home/how-it-works";
import { PrivacyPromise } from "@/components/home/privacy-promise";

export default function HomePage() {
  return (
    <>
      <Hero />
      <HowItWorks />
      <PrivacyPromise />
    </>
  );
}
