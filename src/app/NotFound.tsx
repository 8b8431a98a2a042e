/** What a path the record does not have shows: that it is not here, and the way back to the record. */
export function NotFound() {
  return (
    <section aria-labelledby="not-found-heading" className="mx-auto max-w-2xl py-10">
      <h2 id="not-found-heading" className="text-2xl font-semibold">
        This page is not in the record
      </h2>
      <p className="mt-3">
        The address does not lead to an event or a page of this record: it may have been mistyped, or cut short when it
        was shared. Event ids never change, so a link that once worked still leads to its event.
      </p>
      <p className="mt-4">
        <a href={import.meta.env.BASE_URL} className="font-medium text-blue-800 underline dark:text-sky-300">
          Go to the record of the three rounds
        </a>
      </p>
    </section>
  );
}
