package main

import "fmt"

func main() {
	log := []string{}
	record := func(msg string) {
		log = append(log, msg)
	}
	record("start")
	record("stop")
	fmt.Println(len(log), log)
}
