package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Clock interface {
	Now() int
	Zone() string
}

type FixedClock struct {
	at int
	tz string
}

func (v FixedClock) String() string {
	return "FixedClock { at: " + lisette.FormatValue(v.at) + ", tz: " + lisette.FormatValue(v.tz) + " }"
}

func FixedClock_utc(at int) FixedClock {
	return FixedClock{at: at, tz: "UTC"}
}

func (self FixedClock) Now() int {
	return self.at
}

func (self FixedClock) Zone() string {
	return self.tz
}

func stamp(c Clock) string {
	return fmt.Sprintf("%v@%v", c.Now(), c.Zone())
}

func main() {
	fmt.Println(stamp(FixedClock_utc(1700)))
	fmt.Println(stamp(FixedClock{at: 930, tz: "CET"}))
}
