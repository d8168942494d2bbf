#pragma once
class WorkspaceRepository;
