package main

import "fmt"

func main() {
	week := []string{"mon", "tue", "wed", "thu", "fri"}
	midweek := week[1:4:4]
	fmt.Println(midweek, len(midweek))
}
