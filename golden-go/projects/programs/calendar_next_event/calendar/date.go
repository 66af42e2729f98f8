package calendar

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Date struct {
	Year  int
	Month int
	Day   int
}

func (v Date) String() string {
	return "Date { year: " + lisette.FormatValue(v.Year) + ", month: " + lisette.FormatValue(v.Month) + ", day: " + lisette.FormatValue(v.Day) + " }"
}

func (self Date) Before(o Date) bool {
	if self.Year != o.Year {
		return self.Year < o.Year
	}
	if self.Month != o.Month {
		return self.Month < o.Month
	}
	return self.Day < o.Day
}

func (self Date) Iso() string {
	var m string
	if self.Month < 10 {
		m = fmt.Sprintf("0%v", self.Month)
	} else {
		m = fmt.Sprintf("%v", self.Month)
	}
	var d string
	if self.Day < 10 {
		d = fmt.Sprintf("0%v", self.Day)
	} else {
		d = fmt.Sprintf("%v", self.Day)
	}
	return fmt.Sprintf("%v-%v-%v", self.Year, m, d)
}
