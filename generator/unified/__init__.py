"""The unified inbox (`convapi`): one generated package that reads and answers conversations on every
provider whose spec carries `x-unified`. It calls the stages (load and models for the common model of
`specs/unified/model.yaml`; the providers' IR, whose `unified` holds each checked mapping) and renders
the package from `templates/unified/`; no stage calls it, and it names no provider: everything it knows
of one comes from that provider's spec."""
