package main

import "fmt"

func http_reason(code int) string {
	if code < 100 {
		return "invalid"
	}
	switch code {
	case 200:
		return "OK"
	case 404:
		return "Not Found"
	case 500:
		return "Internal Server Error"
	default:
		return "Unknown"
	}
}

func main() {
	fmt.Println(http_reason(200))
	fmt.Println(http_reason(404))
	fmt.Println(http_reason(42))
	fmt.Println(http_reason(302))
}
