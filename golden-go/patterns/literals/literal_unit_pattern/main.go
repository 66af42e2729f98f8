package main

import "fmt"

func log_line(msg string) {
	fmt.Println("log:", msg)
}

func main() {
	var status string
	func() struct{} {
		log_line("booting")
		return struct{}{}
	}()
	status = "logged"
	fmt.Println(status)
	func() struct{} {
		log_line("ready")
		return struct{}{}
	}()
	fmt.Println("done")
}
