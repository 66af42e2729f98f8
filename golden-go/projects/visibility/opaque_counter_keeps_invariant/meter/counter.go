package meter

import lisette "lisette.dev/prelude"

type Counter struct {
	Label string
	count int
}

func (v Counter) String() string {
	return "Counter { label: " + lisette.FormatValue(v.Label) + ", count: " + lisette.FormatValue(v.count) + " }"
}

func Counter_(label string) Counter {
	return Counter{Label: label, count: 0}
}

func Tick(c Counter) Counter {
	return Counter{Label: c.Label, count: c.count + 1}
}

func Read(c Counter) int {
	return c.count
}
