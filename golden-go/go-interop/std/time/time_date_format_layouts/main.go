package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.March, 9, 14, 5, 7, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339))
	fmt.Println(t.Format(time.DateOnly), t.Format(time.TimeOnly))
	fmt.Println(t.Format("Mon Jan 2 3:04PM 2006"))
	fmt.Println(t.Format("02/01/06 15h04"))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay())
	fmt.Println(t.Month() == time.March, t.Weekday() == time.Saturday)
}
