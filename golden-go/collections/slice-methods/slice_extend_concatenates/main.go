package main

import "fmt"

func main() {
	morning := []string{"standup", "review"}
	afternoon := []string{"lunch", "deploy"}
	day := append(morning, afternoon...)
	fmt.Println(day, len(morning), len(afternoon))
}
