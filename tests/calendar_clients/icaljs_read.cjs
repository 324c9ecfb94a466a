// Reads an iCalendar file on stdin with ical.js (Thunderbird's parser) and prints, for each
// VEVENT, its UID and its start and end as UTC instants (JSON lines).
const ICAL = require(process.argv[2]);
let text = "";
process.stdin.on("data", (chunk) => (text += chunk));
process.stdin.on("end", () => {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const out = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toUnixTime(),
      end: event.endDate.toUnixTime(),
    };
  });
  process.stdout.write(JSON.stringify(out));
});
