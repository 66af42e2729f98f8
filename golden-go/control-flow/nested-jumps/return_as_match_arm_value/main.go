package main

import "fmt"

func port_of(service string) int {
	var port int
	switch service {
	case "http":
		port = 80
	case "https":
		port = 443
	default:
		return -1
	}
	fmt.Println("known service", service)
	return port
}

func main() {
	fmt.Println(port_of("https"))
	fmt.Println(port_of("gopher"))
}
