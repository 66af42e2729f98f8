package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	row := lisette.Tuple5[int, string, float64, bool, rune]{First: 1, Second: "Lima", Third: 9.75, Fourth: true, Fifth: 'x'}
	fmt.Println(row.First, row.Second, row.Third, row.Fourth)
	fmt.Println(row.Fifth == 'x')
	t := lisette.Tuple5[int, int, int, int, int]{First: 1, Second: 2, Third: 3, Fourth: 4, Fifth: 5}
	fmt.Println(t.First + t.Second + t.Third + t.Fourth + t.Fifth)
}
