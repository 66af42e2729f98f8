package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Session struct {
	user string
}

func (v Session) String() string {
	return "Session { user: " + lisette.FormatValue(v.user) + " }"
}

func (self Session) Run(commands []string) int {
	defer fmt.Println("logout", self.user)
	fmt.Println("login", self.user)
	for _, c := range commands {
		fmt.Println(self.user, "runs", c)
	}
	return len(commands)
}

func main() {
	s := Session{user: "kim"}
	n := s.Run([]string{"ls", "pwd"})
	fmt.Println(n, "commands")
}
