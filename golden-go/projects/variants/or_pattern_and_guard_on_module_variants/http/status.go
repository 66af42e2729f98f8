package http

import lisette "lisette.dev/prelude"

type StatusTag int

const (
	StatusOk StatusTag = iota
	StatusCreated
	StatusNotFound
	StatusForbidden
	StatusError
)

type Status struct {
	Tag   StatusTag
	Error int
}

func (v Status) String() string {
	switch v.Tag {
	case StatusOk:
		return "Status.Ok"
	case StatusCreated:
		return "Status.Created"
	case StatusNotFound:
		return "Status.NotFound"
	case StatusForbidden:
		return "Status.Forbidden"
	}
	return "Status.Error(" + lisette.FormatValue(v.Error) + ")"
}
