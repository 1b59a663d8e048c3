"use client";

import { useEffect, useRef, useState } from "react";
import { MapPinIcon } from "@/components/ui/icons";
import { TextField } from "@/components/ui/text-field";

type PlaceFieldProps = {
  id: string;
  /** Texts from the server's catalogue: no messages are sent to the browser. */
  label: string;
  placeholder: string;
  defaultValue?: string;
  errors?: string[];
  maxLength: number;
};

// The place field, with suggestions from our own /api/v1/places (French communes shipped
// with Praxis) in a native <datalist>: keyboard and screen readers get the browser's own
// list. Without JavaScript it is a plain text field and the server resolves what was typed.
export function PlaceField({
  id,
  label,
  placeholder,
  defaultValue,
  errors,
  maxLength,
}: PlaceFieldProps) {
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; request?: AbortController }>({});

  useEffect(() => {
    const current = pending.current;
    return () => {
      clearTimeout(current.timer);
      current.request?.abort();
    };
  }, []);

  function suggest(text: string) {
    const current = pending.current;
    clearTimeout(current.timer);
    current.request?.abort();
    if (text.trim().length < 2) return setSuggestions([]);
    // Waits for a pause in typing, so a fast typist sends one request, not one per key.
    current.timer = setTimeout(async () => {
      const request = new AbortController();
      current.request = request;
      try {
        const response = await fetch(`/api/v1/places?q=${encodeURIComponent(text)}`, {
          signal: request.signal,
        });
        if (!response.ok) return;
        const body = (await response.json()) as { places: { label: string }[] };
        setSuggestions(body.places.map((place) => place.label));
      } catch {
        // Aborted by newer typing, or offline: the field still works without suggestions.
      }
    }, 150);
  }

  const listId = `${id}-suggestions`;
  return (
    <>
      <TextField
        id={id}
        name="place"
        label={label}
        placeholder={placeholder}
        autoComplete="off"
        maxLength={maxLength}
        defaultValue={defaultValue}
        errors={errors}
        list={listId}
        icon={<MapPinIcon className="size-5" />}
        onChange={(event) => suggest(event.currentTarget.value)}
      />
      <datalist id={listId}>
        {suggestions.map((label) => (
          <option key={label} value={label} />
        ))}
      </datalist>
    </>
  );
}
