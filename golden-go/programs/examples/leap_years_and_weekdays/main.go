package main

import "fmt"

func is_leap(year int) bool {
	return year%4 == 0 && year%100 != 0 || year%400 == 0
}

func weekday(year, month, day int) string {
	var m int
	if month < 3 {
		m = month + 12
	} else {
		m = month
	}
	var y int
	if month < 3 {
		y = year - 1
	} else {
		y = year
	}
	k := y % 100
	j := y / 100
	h := (day + 13*(m+1)/5 + k + k/4 + j/4 + 5*j) % 7
	if h == 0 {
		return "Saturday"
	} else if h == 1 {
		return "Sunday"
	} else if h == 2 {
		return "Monday"
	} else if h == 3 {
		return "Tuesday"
	} else if h == 4 {
		return "Wednesday"
	} else if h == 5 {
		return "Thursday"
	} else {
		return "Friday"
	}
}

func main() {
	leap_count := 0
	for year := 1900; year <= 2024; year++ {
		if is_leap(year) {
			leap_count += 1
		}
	}
	fmt.Printf("leap years 1900..=2024: %v\n", leap_count)
	fmt.Println(is_leap(1900), is_leap(2000), is_leap(2024), is_leap(2023))
	fmt.Println(weekday(1969, 7, 20))
	fmt.Println(weekday(2000, 1, 1))
	fmt.Println(weekday(2024, 2, 29))
}
