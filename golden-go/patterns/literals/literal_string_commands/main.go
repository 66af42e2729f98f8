package main

import "fmt"

func execute(cmd string) string {
	switch cmd {
	case "start":
		return "engine started"
	case "stop":
		return "engine stopped"
	case "status":
		return "engine idle"
	default:
		other := cmd
		return fmt.Sprintf("unknown command %v", other)
	}
}

func main() {
	inputs := []string{"start", "status", "Stop", "stop", "begin"}
	for _, cmd := range inputs {
		fmt.Println(execute(cmd))
	}
}
