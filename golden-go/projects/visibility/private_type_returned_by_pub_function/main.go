package main

import (
	"fmt"
	"golden/projects/visibility/private_type_returned_by_pub_function/report"
)

func main() {
	d := report.Start("Notes")
	longer := report.Grow(report.Grow(d, 120), 30)
	fmt.Println(longer.Title)
	fmt.Println(longer.Summary())
	fmt.Println(longer)
}
