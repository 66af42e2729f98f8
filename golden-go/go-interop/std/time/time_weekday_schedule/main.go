package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"time"
)

type Holiday struct {
	month time.Month
	day   int
	name  string
}

func (v Holiday) String() string {
	return "Holiday { month: " + lisette.FormatValue(v.month) + ", day: " + lisette.FormatValue(v.day) + ", name: " + lisette.FormatValue(v.name) + " }"
}

func holiday(t time.Time, list []Holiday) lisette.Option[string] {
	found := lisette.SliceFind(list, func(h Holiday) bool {
		return h.month == t.Month() && h.day == t.Day()
	})
	return lisette.OptionMap(found, func(h Holiday) string {
		return h.name
	})
}

func is_weekend(d time.Weekday) bool {
	return d == time.Saturday || d == time.Sunday
}

func main() {
	holidays := []Holiday{Holiday{month: time.December, day: 25, name: "Christmas"}, Holiday{month: time.December, day: 26, name: "Boxing Day"}, Holiday{month: time.January, day: 1, name: "New Year"}}
	day := time.Date(2024, time.December, 20, 9, 0, 0, 0, time.UTC)
	business := 0
	skipped := 0
	for business < 6 {
		day = day.AddDate(0, 0, 1)
		if is_weekend(day.Weekday()) {
			skipped += 1
			continue
		}
		subject := holiday(day, holidays)
		if subject.Tag == lisette.OptionSome {
			name := subject.SomeVal
			fmt.Println(day.Format("Mon 02 Jan"), "-", name)
			skipped += 1
		} else {
			business += 1
			fmt.Println(day.Format("Mon 02 Jan"), "work day", business)
		}
	}
	fmt.Println("skipped:", skipped, "last:", day.Format(time.DateOnly))
}
