package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Date(2024, time.February, 28, 22, 0, 0, 0, time.UTC)
	later := start.Add(time.Hour * 3)
	fmt.Println(later.Format(time.DateTime))
	next_month := start.AddDate(0, 1, 0)
	fmt.Println(next_month.Format(time.DateOnly))
	jan31 := time.Date(2023, time.January, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(jan31.AddDate(0, 1, 0).Format(time.DateOnly))
	gap := later.Sub(start)
	fmt.Println("gap:", gap, gap.Hours())
	fmt.Println(start.Before(later), start.After(later), later.Add(-gap).Equal(start))
	same := time.Date(2024, time.February, 29, 1, 0, 0, 0, time.UTC)
	fmt.Println("equal:", later.Equal(same), "compare:", start.Compare(later))
}
