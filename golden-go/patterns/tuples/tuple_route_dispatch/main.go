package main

import (
	"fmt"
	"strings"
)

func route(method, path string) string {
	segments := strings.Split(path, "/")
	switch method {
	case "GET":
		switch {
		case len(segments) == 2:
			if segments[0] == "" {
				switch segments[1] {
				case "":
					return "home page"
				case "users":
					return "list users"
				case "static":
					rest := segments[2:len(segments):len(segments)]
					return fmt.Sprintf("static file with %v segment(s)", len(rest))
				default:
					m := method
					return fmt.Sprintf("405 or 404 for %v %v", m, path)
				}
			}
			m := method
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		case len(segments) == 3:
			if segments[0] == "" {
				switch segments[1] {
				case "users":
					id := segments[2]
					return fmt.Sprintf("show user %v", id)
				case "static":
					rest := segments[2:len(segments):len(segments)]
					return fmt.Sprintf("static file with %v segment(s)", len(rest))
				default:
					m := method
					return fmt.Sprintf("405 or 404 for %v %v", m, path)
				}
			}
			m := method
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		case len(segments) >= 2:
			if segments[0] == "" && segments[1] == "static" {
				rest := segments[2:len(segments):len(segments)]
				return fmt.Sprintf("static file with %v segment(s)", len(rest))
			}
			m := method
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		default:
			m := method
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		}
	case "DELETE":
		switch {
		case len(segments) == 3:
			if segments[0] == "" {
				switch segments[1] {
				case "users":
					id := segments[2]
					return fmt.Sprintf("delete user %v", id)
				case "static":
					rest := segments[2:len(segments):len(segments)]
					return fmt.Sprintf("static file with %v segment(s)", len(rest))
				default:
					m := method
					return fmt.Sprintf("405 or 404 for %v %v", m, path)
				}
			}
			m := method
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		case len(segments) >= 2:
			if segments[0] == "" && segments[1] == "static" {
				rest := segments[2:len(segments):len(segments)]
				return fmt.Sprintf("static file with %v segment(s)", len(rest))
			}
			m := method
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		default:
			m := method
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		}
	case "POST":
		switch {
		case len(segments) == 2:
			if segments[0] == "" {
				switch segments[1] {
				case "users":
					return "create user"
				case "static":
					rest := segments[2:len(segments):len(segments)]
					return fmt.Sprintf("static file with %v segment(s)", len(rest))
				default:
					m := method
					return fmt.Sprintf("405 or 404 for %v %v", m, path)
				}
			}
			m := method
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		case len(segments) >= 2:
			if segments[0] == "" && segments[1] == "static" {
				rest := segments[2:len(segments):len(segments)]
				return fmt.Sprintf("static file with %v segment(s)", len(rest))
			}
			m := method
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		default:
			m := method
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		}
	default:
		if len(segments) >= 2 && segments[0] == "" && segments[1] == "static" {
			rest := segments[2:len(segments):len(segments)]
			return fmt.Sprintf("static file with %v segment(s)", len(rest))
		}
		m := method
		return fmt.Sprintf("405 or 404 for %v %v", m, path)
	}
}

func main() {
	fmt.Println(route("GET", "/"))
	fmt.Println(route("GET", "/users"))
	fmt.Println(route("GET", "/users/42"))
	fmt.Println(route("DELETE", "/users/7"))
	fmt.Println(route("HEAD", "/static/css/site.css"))
	fmt.Println(route("PUT", "/users"))
}
